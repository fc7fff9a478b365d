xquery version "3.1";
(:
 : Replaces the working draft if, and only if, its revision is still the one the client read. The
 : new text keeps the draft's log of changes (change-log.xqm), whatever the client's copy had.
 : Check and update run under one exclusive lock on the edition's metadata, so that concurrent
 : writers (also from several service instances) are serialized and none is lost.
 :)
declare namespace ed = "http://editio.org/ns/1.0";
declare namespace tei = "http://www.tei-c.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $expected external;
declare variable $tei external;
declare variable $user external;
declare variable $user-name external;
declare variable $when external;
declare variable $operation external;
declare variable $summary external;

(:include detached.xqm:)

(:include change-records.xqm:)

(:include change-log.xqm:)
(:include replace-in-place.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else (
        if (doc-available($collection || '/changes.xml')) then ()
        else xmldb:store($collection, 'changes.xml', <ed:changes/>)[0],
        util:exclusive-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $current := xs:integer($meta/@draft-rev)
            let $rev := $current + 1
            return
                if ($current ne xs:integer($expected)) then
                    <ed:outcome status="stale" rev="{$current}"/>
                else (
                    (: The whole text before and after: a replacement of the edition is a change like any other. :)
                    let $before := serialize(doc($collection || '/draft.xml')/*)
                    return (
                        update insert
                            <ed:change xml:id="{local:change-record-id($rev)}" rev="{$rev}" edition="{$edition}" fragment="" scope="edition"
                                       operation="{$operation}" user="{$user}" when="{$when}" status="pending">
                                <ed:summary>{ $summary }</ed:summary>
                                { local:record-part('before', $before), local:record-part('after', serialize($tei)) }
                            </ed:change>
                            into doc($collection || '/changes.xml')/ed:changes,
                        let $draft-root := doc($collection || '/draft.xml')/*
                        return
                            if (node-name($draft-root) eq node-name($tei)) then local:replace-in-place($draft-root, $tei)
                            else error(xs:QName('ed:root-changed'), 'The new text has another root element'),
                        let $stored := doc($collection || '/draft.xml')/tei:TEI
                        let $old := parse-xml($before)/tei:TEI
                        return (
                            if (exists($old)) then local:carry-log($stored, $old) else (),
                            local:declare-user($stored, $user, $user-name),
                            local:log-change($stored, $rev, $when, $user, '', $summary)
                        )
                    ),
                    update value $meta/@draft-rev with $rev,
                    update value $meta/@modified with $when,
                    update value $meta/@modified-by with $user,
                    <ed:outcome status="stored" rev="{$rev}"/>
                )
        )
    )
