xquery version "3.1";
(:
 : Replaces one element of the working draft, if it is still the version the client read and the
 : draft is still the revision the service validated the edit against. Check, update, the change
 : record, the header's log and the new revision happen under one exclusive lock on the edition's
 : metadata, so that writers (also from several service instances) are serialized and none is lost.
 :
 : A reviewer's rejection is this same write (the fragment goes back to its state before the
 : rejected change) with $review-rev naming the change it rejects; it is refused while later
 : changes have touched the fragment, unless the reviewer resolved them ($resolved).
 :)
declare namespace ed = "http://editio.org/ns/1.0";
declare namespace tei = "http://www.tei-c.org/ns/1.0";

declare variable $root external;
declare variable $edition external;
declare variable $fragment external;
declare variable $expected external;
declare variable $based-on external;
declare variable $new external;
declare variable $operation external;
declare variable $summary external;
declare variable $user external;
declare variable $user-name external;
declare variable $when external;
declare variable $self-reviewed external;
declare variable $review-rev external;
declare variable $review-status external;
declare variable $comment external;
declare variable $resolved external;

(:include detached.xqm:)

(:include change-records.xqm:)

(:include change-log.xqm:)

(:include fragment-write.xqm:)

(: Changes after $rev that touched the fragment, or the whole edition. :)
declare function local:later($changes as element(), $rev as xs:integer, $fragment as xs:string) as element()* {
    $changes/ed:change[xs:integer(@rev) gt $rev][@fragment eq $fragment or @scope eq 'edition']
};

let $collection := $root || '/editions/' || $edition
let $meta-doc := doc($collection || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else (
        (: Created once, before the lock: storing a document takes a collection lock, updating one does not. :)
        if (doc-available($collection || '/changes.xml')) then ()
        else xmldb:store($collection, 'changes.xml', <ed:changes/>)[0],
        util:exclusive-lock($meta-doc,
            let $meta := $meta-doc/ed:edition
            let $current := xs:integer($meta/@draft-rev)
            let $draft := doc($collection || '/draft.xml')
            let $tei := $draft/tei:TEI
            let $changes := doc($collection || '/changes.xml')/ed:changes
            (: id() uses eXist-db's index of xml:id; a path with a predicate would read every element. :)
            let $element := id($fragment, $draft)
            let $serialized := if (count($element) eq 1) then serialize($element) else ()
            let $version := if (exists($serialized)) then local:version-of($serialized) else ()
            return
                if (empty($version)) then
                    <ed:outcome status="no-fragment"/>
                else if ($version ne $expected) then
                    <ed:outcome status="stale" rev="{$current}" version="{$version}">{ local:detached($element) }</ed:outcome>
                else if ($current ne xs:integer($based-on)) then
                    <ed:outcome status="moved" rev="{$current}"/>
                else if ($review-rev gt 0 and not(local:change-record($changes, $review-rev)/@status eq 'pending')) then
                    <ed:outcome status="reviewed" rev="{$current}"/>
                else if ($review-rev gt 0 and not($resolved)
                         and exists(local:later($changes, $review-rev, $fragment))) then
                    <ed:outcome status="unresolved" rev="{$current}"
                                later="{local:later($changes, $review-rev, $fragment)/@rev}"/>
                else
                    let $rev := $current + 1
                    return (
                        (: Its version is read again below: a review can change the element after it is stored. :)
                        local:store-fragment($changes, $tei, $element, $serialized, $new, $rev, $edition, $fragment,
                                             $operation, $summary, $user, $user-name, $when)[0],
                        if ($self-reviewed) then
                            local:review($changes, $tei, $rev, 'accepted', $user, $user-name, $comment, $when, $rev)
                        else (),
                        if ($review-rev gt 0) then
                            local:review($changes, $tei, $review-rev, $review-status, $user, $user-name, $comment, $when, $rev)
                        else (),
                        (: Only the revision: when and by whom are in this change's record (list-editions.xq). :)
                        update value $meta/@draft-rev with $rev,
                        <ed:outcome status="stored" rev="{$rev}" version="{local:version(id($fragment, $draft))}"/>
                    )
        )
    )
