xquery version "3.1";
(:
 : Changes of an edition from revision $from on, in the order they were made, with the element as it
 : was before each (up to the first replacement of the whole text), and the others as summaries, with the draft they lead to, read
 : together under the edition's lock: what xslt/edit/revision-at.xsl needs to rebuild a past revision.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $from external;

(:include detached.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $changes := doc($collection || '/changes.xml')/ed:changes/ed:change
            (: A rebuild starts from the text the first whole-text change after $from replaced; later changes need no undoing. :)
            let $reset := ($changes[@scope eq 'edition'][xs:integer(@rev) ge xs:integer($from)])[1]
            return
                <ed:changes rev="{$meta-doc/ed:edition/@draft-rev}">{
                    for $change in $changes
                    let $rev := xs:integer($change/@rev)
                    order by $rev
                    return
                        <ed:change>{
                            $change/@*, local:detached(($change/ed:summary, $change/ed:comment,
                            if ($rev ge xs:integer($from) and (empty($reset) or $rev le xs:integer($reset/@rev)))
                            then $change/ed:before else ()))
                        }</ed:change>
                }<ed:draft>{ local:detached(doc($collection || '/draft.xml')/*) }</ed:draft></ed:changes>
        )
