xquery version "3.1";
(: One change of an edition in full: its record, the fragment before and after, and its review. :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $rev external;

(:include detached.xqm:)

(:include change-records.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:shared-lock($meta-doc,
            let $change := local:change-record(doc($collection || '/changes.xml')/ed:changes, xs:integer($rev))
            return
                if (empty($change)) then <ed:outcome status="no-change"/>
                else <ed:change>{ $change/@*, local:readable($change/*) }</ed:change>
        )
