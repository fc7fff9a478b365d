xquery version "3.1";
(:
 : Who is looking at or editing which element of an edition: each account's latest word, kept until it
 : expires ($until), in {edition}/presence.xml, so that every service instance sees the same.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $user external;
declare variable $user-name external;
declare variable $fragment external;
declare variable $activity external;
declare variable $now external;
declare variable $until external;

let $collection := $root || '/editions/' || $edition
return
    if (not(doc-available($collection || '/meta.xml'))) then
        <ed:outcome status="missing"/>
    else (
        if (doc-available($collection || '/presence.xml')) then ()
        else xmldb:store($collection, 'presence.xml', <ed:presence/>)[0],
        let $presence := doc($collection || '/presence.xml')/ed:presence
        return util:exclusive-lock($presence,
            (
                for $gone in $presence/ed:here[@user eq $user or @until lt $now]
                return update delete $gone,
                if ($activity eq 'left') then ()
                else update insert <ed:here user="{$user}" name="{$user-name}" fragment="{$fragment}"
                                            activity="{$activity}" until="{$until}"/> into $presence,
                <ed:outcome status="stored"/>
            )
        )
    )
