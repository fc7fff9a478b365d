xquery version "3.1";
(:
 : Full-text search of the editions with eXist-db's Lucene index (collection.xconf of the editions).
 : Each hit is an indexed element (paragraph, heading, verse line, cell, item) of the text the caller
 : may read ($which); with $hand, only matches in that hand count (the hand of a match is the @hand of
 : its nearest ancestor that has one). A snippet gives the words around the first counted match.
 :)
declare namespace tei = "http://www.tei-c.org/ns/1.0";
declare namespace exist = "http://exist.sourceforge.net/NS/exist";

declare variable $root external;
declare variable $q external;
declare variable $edition external;
declare variable $which external;
declare variable $hand external;
declare variable $start external;
declare variable $size external;

declare function local:hand($node as node(), $base as xs:string) as xs:string {
    let $marked := $node/ancestor::*[@hand][1]/@hand
    return if (exists($marked)) then replace($marked, '^#', '') else $base
};

let $editions := $root || '/editions'
let $ids := if ($edition ne '') then $edition else xmldb:get-child-collections($editions)
return
    try {
        let $hits :=
            for $id in $ids
            let $doc := doc($editions || '/' || $id || '/' || $which || '.xml')
            for $hit in $doc//(tei:p | tei:head | tei:l | tei:cell | tei:item)[ft:query(., $q)]
            let $base := (($hit/ancestor-or-self::*[@hand])[last()]/@hand ! replace(., '^#', ''), 'LT')[1]
            let $expanded := util:expand($hit)
            let $matches := $expanded//exist:match[$hand eq '' or local:hand(., $base) eq $hand]
            where exists($matches)
            order by ft:score($hit) descending
            return
                let $first := $matches[1]
                let $before := string-join($expanded//text()[. << $first], '')
                let $after := string-join($expanded//text()[. >> $first][not(ancestor::*[. is $first])], '')
                return
                    <hit edition="{$id}" element="{local-name($hit)}"
                         fragment="{$hit/ancestor-or-self::*[@xml:id][1]/@xml:id}" hand="{local:hand($first, $base)}"
                         matches="{count($matches)}">
                        <before>{ substring($before, string-length($before) - 79) }</before>
                        <match>{ string($first) }</match>
                        <after>{ substring($after, 1, 80) }</after>
                    </hit>
        return <hits total="{count($hits)}">{ subsequence($hits, xs:integer($start), xs:integer($size)) }</hits>
    } catch * {
        <outcome status="bad-query" message="{$err:description}"/>
    }
