xquery version "3.1";
(:
 : Changes of an edition in full (with the fragment before and after) from revision $from on, in
 : the order they were made, and the others as summaries, with the draft they lead to, read
 : together under the edition's lock: what xslt/edit/revision-at.xsl needs to rebuild a past revision.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $from external;

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            <ed:changes rev="{$meta-doc/ed:edition/@draft-rev}">{
                for $change in doc($collection || '/changes.xml')/ed:changes/ed:change
                order by xs:integer($change/@rev)
                return
                    if (xs:integer($change/@rev) ge xs:integer($from)) then $change
                    else <ed:change>{ $change/@*, $change/ed:summary, $change/ed:comment }</ed:change>
            }<ed:draft>{ doc($collection || '/draft.xml')/* }</ed:draft></ed:changes>
        )
