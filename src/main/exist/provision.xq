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
        (: The full-text index of the editions (GET /api/search), configured before any edition is stored. :)
        let $config := (
            xmldb:create-collection('/db/system/config/db', 'editio'),
            xmldb:create-collection('/db/system/config/db/editio', 'editions'),
            xmldb:store('/db/system/config/db/editio/editions', 'collection.xconf',
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
        )
        return <provisioned collection="{$root}"/>
