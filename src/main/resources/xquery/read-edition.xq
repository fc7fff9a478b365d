xquery version "3.1";
(:
 : Reads one revision of an edition together with its revision number. The shared lock keeps
 : the number and the document consistent while a writer holds the exclusive lock. The wrapper is in
 : no namespace and the query declares no prefix, so that no namespace of ours is in scope of the TEI:
 : what is exported is what was stored.
 :)
declare variable $root external;
declare variable $edition external;
declare variable $which external;

(:include detached.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/Q{http://editio.org/ns/1.0}edition)) then
        <outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $meta := $meta-doc/Q{http://editio.org/ns/1.0}edition
            let $rev := if ($which eq 'draft') then $meta/@draft-rev else $meta/@published-rev
            return
                if (empty($rev)) then
                    <outcome status="unpublished"/>
                else
                    <read rev="{$rev}">{ local:detached(doc($collection || '/' || $which || '.xml')/node()) }</read>
        )
