xquery version "3.1";
(:
 : A reviewer's decision on a pending change that leaves the text as it is: an acceptance, or the
 : rejection of a change whose reversal the reviewer has already made. The decision is recorded in
 : the change log and in the TEI header; the draft's revision moves on because its header changed.
 :)
declare namespace ed = "http://editio.org/ns/1.0";
declare namespace tei = "http://www.tei-c.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $rev external;
declare variable $status external;
declare variable $user external;
declare variable $user-name external;
declare variable $comment external;
declare variable $when external;

(:include detached.xqm:)

(:include change-records.xqm:)

(:include change-log.xqm:)

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:exclusive-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $current := xs:integer($meta/@draft-rev)
            let $changes := doc($collection || '/changes.xml')/ed:changes
            let $change := local:change-record($changes, xs:integer($rev))
            return
                if (empty($change)) then
                    <ed:outcome status="no-change"/>
                else if ($change/@status ne 'pending') then
                    <ed:outcome status="reviewed" rev="{$current}"/>
                else (
                    local:review($changes, doc($collection || '/draft.xml')/tei:TEI, xs:integer($rev), $status,
                                 $user, $user-name, $comment, $when, $current + 1),
                    update value $meta/@draft-rev with $current + 1,
                    update value $meta/@modified with $when,
                    update value $meta/@modified-by with $user,
                    <ed:outcome status="stored" rev="{$current + 1}"/>
                )
        )
