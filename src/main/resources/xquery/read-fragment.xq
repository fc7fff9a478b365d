xquery version "3.1";
(:
 : Reads one element of the working draft by its xml:id, with its version (a hash of its
 : serialization, so that any change inside it changes the version) and the draft's revision.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $fragment external;

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $element := doc($collection || '/draft.xml')//*[@xml:id eq $fragment]
            return
                if (count($element) ne 1) then
                    <ed:outcome status="no-fragment"/>
                else
                    <ed:fragment rev="{$meta-doc/ed:edition/@draft-rev}"
                                 version="{util:hash(serialize($element), 'sha-1')}">{ $element }</ed:fragment>
        )
