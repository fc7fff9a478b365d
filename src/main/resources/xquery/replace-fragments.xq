xquery version "3.1";
(:
 : The writes of several editors in one query: each replaces one element of the working draft (no two
 : the same), in the order given, as changes $based-on + 1, $based-on + 2 and so on. The service
 : validated them one after the other on the draft at revision $based-on. All are stored, under one
 : exclusive lock on the edition's metadata, or none is: if one element is no longer the version its
 : editor read (status "refused", with that element as it is now), or the draft has moved on (status
 : "moved"). One query, one lock and one move of the revision serve them all, where one query each
 : would queue each behind the other.
 :
 : $writes: <ed:writes><ed:write fragment="…"><ed:expected/><ed:operation/><ed:summary/><ed:user/>
 : <ed:user-name/><ed:when/><ed:new>the element</ed:new></ed:write>…</ed:writes>
 :)
declare namespace ed = "http://editio.org/ns/1.0";
declare namespace tei = "http://www.tei-c.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $based-on external;
declare variable $writes external;

(:include detached.xqm:)

(:include change-records.xqm:)

(:include change-log.xqm:)

(:include fragment-write.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
let $all := $writes/ed:write
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcomes status="missing"/>
    else (
        (: Created once, before the lock: storing a document takes a collection lock, updating one does not. :)
        if (doc-available($collection || '/changes.xml')) then ()
        else xmldb:store($collection, 'changes.xml', <ed:changes/>)[0],
        util:exclusive-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $current := xs:integer($meta/@draft-rev)
            let $draft := doc($collection || '/draft.xml')
            let $tei := $draft/tei:TEI
            let $changes := doc($collection || '/changes.xml')/ed:changes
            let $checked :=
                for $write in $all
                let $element := id($write/@fragment, $draft)
                let $serialized := if (count($element) eq 1) then serialize($element) else ()
                return map { 'write': $write, 'element': $element, 'serialized': $serialized }
            let $refusals :=
                for $check in $checked
                let $version := if (exists($check?serialized)) then local:version-of($check?serialized) else ()
                let $element := $check?element
                let $write := $check?write
                return
                    if (empty($version)) then
                        <ed:outcome fragment="{$write/@fragment}" status="no-fragment"/>
                    else if ($version ne $write/ed:expected) then
                        <ed:outcome fragment="{$write/@fragment}" status="stale" rev="{$current}" version="{$version}">{
                            local:detached($element)
                        }</ed:outcome>
                    else ()
            (:
             : Writes of elements in the text, none inside another, leave each other's elements as they were
             : checked, and the header's log and declarations do not reach them: each element's serialization
             : from the check is its "before", and its version as stored is its version at the end. Otherwise
             : both are read again, after the writes before it.
             :)
            let $elements := $checked ! ?element
            let $apart := every $element in $elements satisfies
                              exists($element/ancestor::tei:text) and empty($element/ancestor::* intersect $elements)
            let $last := $current + count($all)
            return
                if (exists($refusals)) then
                    <ed:outcomes status="refused" rev="{$current}">{ $refusals }</ed:outcomes>
                else if ($current ne xs:integer($based-on)) then
                    <ed:outcomes status="moved" rev="{$current}"/>
                else
                    let $versions :=
                        for $check at $i in $checked
                        let $write := $check?write
                        return local:store-fragment($changes, $tei, id($write/@fragment, $draft),
                                                    if ($apart) then $check?serialized else (), $write/ed:new/*,
                                                    $current + $i, $edition, string($write/@fragment),
                                                    string($write/ed:operation), string($write/ed:summary),
                                                    string($write/ed:user), string($write/ed:user-name),
                                                    string($write/ed:when))
                    return (
                        (: Only the revision: when and by whom are in the last write's record (list-editions.xq). :)
                        update value $meta/@draft-rev with $last,
                        <ed:outcomes status="stored" rev="{$last}">{
                            for $write at $i in $all
                            return <ed:outcome fragment="{$write/@fragment}" status="stored" rev="{$current + $i}"
                                               version="{if ($apart) then $versions[$i]
                                                         else local:version(id($write/@fragment, $draft))}"/>
                        }</ed:outcomes>
                    )
        )
    )
