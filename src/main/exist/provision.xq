xquery version "3.1";
(:
 : Run once, embedded (org.exist.client.InteractiveClient -l), on a fresh data directory before
 : Jetty starts, so that the database is never reachable with the empty admin password.
 : The passwords come as system properties from a private java @argfile, never in the query text.
 :)
let $admin-password := util:system-property('editio.provision.admin-password')
let $editio-password := util:system-property('editio.provision.editio-password')
return
    if (string-length($admin-password) lt 16 or string-length($editio-password) lt 16) then
        error(xs:QName('provision-failed'), 'passwords missing or too short')
    else
        let $admin := sm:passwd('admin', $admin-password)
        let $account := if (sm:user-exists('editio')) then () else sm:create-account('editio', $editio-password, ())
        let $root := xmldb:create-collection('/db', 'editio')
        let $permissions := (
            sm:chown(xs:anyURI('/db/editio'), 'editio'),
            sm:chgrp(xs:anyURI('/db/editio'), 'editio'),
            sm:chmod(xs:anyURI('/db/editio'), 'rwxr-x---')
        )
        return <provisioned collection="{$root}"/>
