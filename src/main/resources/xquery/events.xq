xquery version "3.1";
(:
 : What happened in an edition since revision $since: new changes, review decisions and the last
 : publication, with who is present now. Polled by each service instance for its listeners.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $since external;
declare variable $now external;

(:include detached.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta := doc($collection || '/meta.xml')/ed:edition
return
    if (empty($meta)) then
        <ed:outcome status="missing"/>
    else
        let $changes := doc($collection || '/changes.xml')/ed:changes/ed:change
        return
            <ed:events rev="{$meta/@draft-rev}">{
                $meta/@published-rev,
                if (xs:integer($meta/@draft-rev) le xs:integer($since)) then ()
                else (
                    for $c in $changes[xs:integer(@rev) gt xs:integer($since)]
                    order by xs:integer($c/@rev)
                    return <ed:change>{ $c/@*, local:detached($c/ed:summary) }</ed:change>,
                    for $c in $changes[xs:integer(@reviewed-rev) gt xs:integer($since)]
                    order by xs:integer($c/@reviewed-rev)
                    return <ed:review>{ $c/@*, local:detached($c/ed:comment) }</ed:review>
                ),
                doc($collection || '/presence.xml')/ed:presence/ed:here[@until ge $now]
            }</ed:events>
