xquery version "3.1";
(:
 : Reads one revision of an edition together with its revision number. The shared lock keeps
 : the number and the document consistent while a writer holds the exclusive lock.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $which external;

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $rev := if ($which eq 'draft') then $meta/@draft-rev else $meta/@published-rev
            return
                if (empty($rev)) then
                    <ed:outcome status="unpublished"/>
                else
                    <ed:read rev="{$rev}">{ doc($collection || '/' || $which || '.xml')/node() }</ed:read>
        )
