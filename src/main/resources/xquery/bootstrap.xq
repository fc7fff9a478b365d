xquery version "3.1";
(:
 : Docker only: the stock eXist-db image starts with an empty admin password. Run once as admin
 : with that empty password, this sets the admin password and creates Editio's account and root
 : collection, as provision.xq does for the launcher's own servers.
 :)
declare variable $admin-password external;
declare variable $editio-user external;
declare variable $editio-password external;
declare variable $root external;

let $admin := sm:passwd('admin', $admin-password)
let $account := if (sm:user-exists($editio-user)) then () else sm:create-account($editio-user, $editio-password, ())
let $path := xs:anyURI($root)
let $created := xmldb:create-collection('/db', substring-after($root, '/db/'))
let $permissions := (
    sm:chown($path, $editio-user),
    sm:chgrp($path, $editio-user),
    sm:chmod($path, 'rwxr-x---')
)
return <provisioned collection="{$created}"/>
