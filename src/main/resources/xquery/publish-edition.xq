xquery version "3.1";
(:
 : Publishes the working draft as it is now: anonymous readers see this text until the next
 : publication. Under the edition's lock, so that the published text is one revision, whole.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $expected external;
declare variable $user external;
declare variable $when external;

(:include replace-in-place.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:exclusive-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $current := xs:integer($meta/@draft-rev)
            return
                if ($expected gt 0 and $current ne $expected) then
                    <ed:outcome status="stale" rev="{$current}"/>
                else (
                    let $published := doc($collection || '/published.xml')/*
                    let $draft := doc($collection || '/draft.xml')/*
                    return
                        if (node-name($published) eq node-name($draft)) then local:replace-in-place($published, $draft)
                        else error(xs:QName('ed:root-changed'), 'The draft has another root element than the published text'),
                    if (exists($meta/@published-rev)) then update value $meta/@published-rev with $current
                    else update insert attribute published-rev { $current } into $meta,
                    if (exists($meta/@published)) then update value $meta/@published with $when
                    else update insert attribute published { $when } into $meta,
                    if (exists($meta/@published-by)) then update value $meta/@published-by with $user
                    else update insert attribute published-by { $user } into $meta,
                    <ed:outcome status="stored" rev="{$current}"
                                pending="{count(doc($collection || '/changes.xml')/ed:changes/ed:change[@status eq 'pending'])}"/>
                )
        )
