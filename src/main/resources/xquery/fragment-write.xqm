(:
 : Storing one element of the working draft as a change, shared by replace-fragment.xq (one write, or a
 : reviewer's) and replace-fragments.xq (the writes of several editors at once). The caller holds the
 : edition's exclusive lock and moves the draft's revision.
 :)
declare function local:version($element as element()) as xs:string {
    local:version-of(serialize($element))
};

(: The version of an element serialized as $serialized, for callers that keep the serialization too. :)
declare function local:version-of($serialized as xs:string) as xs:string {
    util:hash($serialized, 'sha-1')
};

(: The element as stored: a correction made by this change (@change="#rev-new") learns its number. :)
declare function local:numbered($node as node(), $change as xs:string) as node() {
    typeswitch ($node)
        case element() return
            element { node-name($node) } {
                for $attribute in $node/@*
                return
                    if (name($attribute) eq 'change' and $attribute eq '#rev-new') then
                        attribute change { $change }
                    else $attribute,
                for $child in $node/node() return local:numbered($child, $change)
            }
        default return $node
};

(:
 : Change $rev: the element replaced, its record (with the element's serialization before and after),
 : the account declared and the entry in the TEI's log. $before is the element's serialization as the
 : caller read it for the version check, when nothing has changed the element since.
 : Returns the version of the element as stored, before the header's log and declarations are written:
 : the element's version after the query only for an element they do not contain.
 :)
declare function local:store-fragment($changes as element(), $tei as element(), $element as element(),
                                      $before as xs:string?, $new as element(), $rev as xs:integer,
                                      $edition as xs:string, $fragment as xs:string, $operation as xs:string,
                                      $summary as xs:string, $user as xs:string, $user-name as xs:string,
                                      $when as xs:string) as xs:string {
    let $before := if (exists($before)) then $before else serialize($element)
    let $stored :=
        if (exists($new/descendant-or-self::*/@change[. eq '#rev-new'])) then local:numbered($new, '#rev-' || $rev)
        else $new
    return (
        update replace $element with $stored,
        (: The element as eXist-db stored it, read back: what a later read of it serializes. :)
        let $after := serialize(id($fragment, $tei))
        return (
            update insert
                <ed:change xml:id="{local:change-record-id($rev)}" rev="{$rev}" edition="{$edition}" fragment="{$fragment}"
                           scope="fragment" operation="{$operation}" user="{$user}" when="{$when}" status="pending">
                    <ed:summary>{ $summary }</ed:summary>
                    { local:record-part('before', $before), local:record-part('after', $after) }
                </ed:change>
                into $changes,
            local:declare-user($tei, $user, $user-name),
            local:log-change($tei, $rev, $when, $user, $fragment, $summary),
            local:version-of($after)
        )
    )
};
