xquery version "3.1";
(:
 : Creates an edition whose first revision is both the draft and the published text. The document
 : comes as text (from the service's serializer, never raw input) so that its comments and processing
 : instructions around the root are stored too.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $title external;
declare variable $document external;
declare variable $flagged external;
declare variable $user external;
declare variable $when external;

let $editions := $root || '/editions'
let $collection := $editions || '/' || $edition
return
    if (doc-available($collection || '/meta.xml')) then
        <ed:outcome status="exists"/>
    else (
        xmldb:create-collection($root, 'editions')[0],
        xmldb:create-collection($editions, $edition)[0],
        let $tei := parse-xml($document)
        return (
            xmldb:store($collection, 'draft.xml', $tei)[0],
            xmldb:store($collection, 'published.xml', $tei)[0]
        ),
        xmldb:store($collection, 'meta.xml',
            <ed:edition id="{$edition}" title="{$title}" draft-rev="1" published-rev="1"
                        created="{$when}" modified="{$when}" modified-by="{$user}">{
                if ($flagged) then attribute flagged { 'true' } else ()
            }</ed:edition>)[0],
        <ed:outcome status="created" rev="1"/>
    )
