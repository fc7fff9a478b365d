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
(: The full-text index of the editions, as provision.xq configures it for the launcher's servers. :)
let $config-path := '/db/system/config' || $root || '/editions'
let $config-collections :=
    for $segment at $i in tokenize(substring-after($config-path, '/db/'), '/')
    let $parent := '/db/' || string-join(subsequence(tokenize(substring-after($config-path, '/db/'), '/'), 1, $i - 1), '/')
    return xmldb:create-collection(replace($parent, '/$', ''), $segment)
let $config := xmldb:store($config-path, 'collection.xconf',
    <collection xmlns="http://exist-db.org/collection-config/1.0">
        <index xmlns:tei="http://www.tei-c.org/ns/1.0">
            <lucene>
                <text qname="tei:p"/>
                <text qname="tei:head"/>
                <text qname="tei:l"/>
                <text qname="tei:cell"/>
                <text qname="tei:item"/>
            </lucene>
        </index>
    </collection>)
return <provisioned collection="{$created}"/>
