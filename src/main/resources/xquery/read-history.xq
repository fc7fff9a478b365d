xquery version "3.1";
(:
 : Changes of an edition, in the order they were made, as summaries; from revision $from on, each
 : element's first change carries the element as it was before it (and so does the first replacement
 : of the whole text), with the draft they lead to, read together under the edition's lock: what
 : xslt/edit/revision-at.xsl needs to rebuild a past revision.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $from external;

(:include detached.xqm:)

(:include change-records.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $changes := doc($collection || '/changes.xml')/ed:changes/ed:change
            let $from := xs:integer($from)
            let $later := $changes[xs:integer(@rev) ge $from]
            (: A rebuild starts from the text the first whole-text change after $from replaced; later changes need no undoing. :)
            let $reset := $later[@scope eq 'edition'][1]
            (:
             : Of the changes to undo, only each element's first one is read for its 'before' (the element
             : as it was then), as revision-at.xsl does: sending every 'before' grew with the history.
             :)
            let $undone := $later[not(@scope eq 'edition')][empty($reset) or xs:integer(@rev) lt xs:integer($reset/@rev)]
            let $befores := map:merge((
                for $change in $undone
                group by $fragment := string($change/@fragment)
                return map:entry(string(min($change/@rev ! xs:integer(.))), true()),
                $reset ! map:entry(string(@rev), true())
            ))
            return
                <ed:changes rev="{$meta-doc/ed:edition/@draft-rev}">{
                    for $change in $changes
                    order by xs:integer($change/@rev)
                    return
                        <ed:change>{
                            $change/@*, local:readable(($change/ed:summary, $change/ed:comment,
                            if (map:contains($befores, string($change/@rev))) then $change/ed:before else ()))
                        }</ed:change>
                }<ed:draft>{ local:detached(doc($collection || '/draft.xml')/*) }</ed:draft></ed:changes>
        )
