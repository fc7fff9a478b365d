xquery version "3.1";
(: One page of an edition's changes (all, or those with one review status), newest first, without their before and after. :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $start external;
declare variable $size external;
declare variable $status external;

(:include detached.xqm:)

let $collection := $root || '/editions/' || $edition
return
    if (not(doc-available($collection || '/meta.xml'))) then
        <ed:outcome status="missing"/>
    else
        let $all := doc($collection || '/changes.xml')/ed:changes/ed:change[$status eq '' or @status eq $status]
        return
            <ed:changes total="{count($all)}">{
                for $change in subsequence(
                    for $c in $all order by xs:integer($c/@rev) descending return $c,
                    xs:integer($start), xs:integer($size))
                return <ed:change>{ $change/@*, local:detached(($change/ed:summary, $change/ed:comment)) }</ed:change>
            }</ed:changes>
