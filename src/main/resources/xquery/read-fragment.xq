xquery version "3.1";
(:
 : Reads one element of the working draft (or of the published text) by its xml:id, with its version (a hash of its
 : serialization, so that any change inside it changes the version) and the draft's revision.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $fragment external;
declare variable $which external;

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $rev := if ($which eq 'draft') then $meta-doc/ed:edition/@draft-rev else $meta-doc/ed:edition/@published-rev
            let $element := id($fragment, doc($collection || '/' || $which || '.xml'))
            (:
             : Its serialization, as text: the REST server writes the result after the lock is released (see
             : detached.xqm), and these are the very characters its version is the hash of.
             :)
            let $xml := if (count($element) eq 1) then serialize($element) else ()
            return
                if (empty($rev) or count($element) ne 1) then
                    <ed:outcome status="no-fragment"/>
                else
                    <ed:fragment rev="{$rev}" container="{$element/ancestor::*[@xml:id][1]/@xml:id}"
                                 version="{util:hash($xml, 'sha-1')}">{ $xml }</ed:fragment>
        )
