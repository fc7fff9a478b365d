xquery version "3.1";
(:
 : Replaces the working draft if, and only if, its revision is still the one the client read.
 : Check and update run under one exclusive lock on the edition's metadata, so that concurrent
 : writers (also from several service instances) are serialized and none is lost.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $expected external;
declare variable $tei external;
declare variable $user external;
declare variable $when external;

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
                if ($current ne xs:integer($expected)) then
                    <ed:outcome status="stale" rev="{$current}"/>
                else (
                    xmldb:store($collection, 'draft.xml', $tei)[0],
                    update value $meta/@draft-rev with $current + 1,
                    update value $meta/@modified with $when,
                    update value $meta/@modified-by with $user,
                    <ed:outcome status="stored" rev="{$current + 1}"/>
                )
        )
