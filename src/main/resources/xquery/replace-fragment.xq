xquery version "3.1";
(:
 : Replaces one element of the working draft, if it is still the version the client read and the
 : draft is still the revision the service validated the edit against. Check, update, the change
 : record and the new revision happen under one exclusive lock on the edition's metadata, so that
 : writers (also from several service instances) are serialized and none is lost.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $fragment external;
declare variable $expected external;
declare variable $based-on external;
declare variable $new external;
declare variable $operation external;
declare variable $summary external;
declare variable $user external;
declare variable $when external;

declare function local:version($element as element()) as xs:string {
    util:hash(serialize($element), 'sha-1')
};

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else (
        (: Created once, before the lock: storing a document takes a collection lock, updating one does not. :)
        if (doc-available($collection || '/changes.xml')) then ()
        else xmldb:store($collection, 'changes.xml', <ed:changes/>)[0],
        util:exclusive-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $current := xs:integer($meta/@draft-rev)
            let $draft := doc($collection || '/draft.xml')
            let $element := $draft//*[@xml:id eq $fragment]
            return
                if (count($element) ne 1) then
                    <ed:outcome status="no-fragment"/>
                else if (local:version($element) ne $expected) then
                    <ed:outcome status="stale" rev="{$current}" version="{local:version($element)}">{ $element }</ed:outcome>
                else if ($current ne xs:integer($based-on)) then
                    <ed:outcome status="moved" rev="{$current}"/>
                else
                    let $rev := $current + 1
                    return (
                        update insert
                            <ed:change rev="{$rev}" edition="{$edition}" fragment="{$fragment}" operation="{$operation}"
                                       user="{$user}" when="{$when}" status="pending">
                                <ed:summary>{ $summary }</ed:summary>
                                <ed:before>{ $element }</ed:before>
                                <ed:after>{ $new }</ed:after>
                            </ed:change>
                            into doc($collection || '/changes.xml')/ed:changes,
                        update replace $element with $new,
                        update value $meta/@draft-rev with $rev,
                        update value $meta/@modified with $when,
                        update value $meta/@modified-by with $user,
                        <ed:outcome status="stored" rev="{$rev}"
                                    version="{local:version($draft//*[@xml:id eq $fragment])}"/>
                    )
        )
    )
