(:
 : The edition's own record of its changes, kept in the TEI header by the same locked queries that
 : change the text: each account is declared once in titleStmt (so that @who and @resp resolve), and
 : each change is a revisionDesc/change with its review status, newest first, before the entries
 : that came with the text. xslt/edit/revision-at.xsl rebuilds the same entries for past revisions.
 :
 : Where the log is a listChange, the platform's entries go in chunks of local:chunk-size() (nested
 : listChange xml:id="changes-N", N counting from the oldest; newest chunk first), so that adding an
 : entry inserts into a small element: eXist-db's insertion before the first of many siblings grows
 : with their number.
 :)
declare function local:chunk-size() as xs:integer {
    50
};

(: Entries given newest first, as chunks: the oldest chunk-size entries in chunk 1, and so on; newest chunk first. :)
declare function local:chunks($entries as element()*) as element()* {
    let $n := count($entries)
    let $size := local:chunk-size()
    for $j in reverse(1 to xs:integer(ceiling($n div $size)))
    return
        <listChange xmlns="http://www.tei-c.org/ns/1.0" xml:id="changes-{$j}">{
            $entries[position() ge $n - $j * $size + 1 and position() le $n - ($j - 1) * $size]
        }</listChange>
};
declare function local:user-id($user as xs:string) as xs:string {
    'user-' || replace($user, '[^\p{L}\p{Nd}._-]', '_')
};

(: Accounts' respStmts go after the last respStmt of titleStmt. :)
declare function local:insert-accounts($tei as element(), $accounts as element()*) as empty-sequence() {
    let $title-stmt := $tei/tei:teiHeader/tei:fileDesc/tei:titleStmt
    let $last := $title-stmt/tei:respStmt[last()]
    return
        if (empty($accounts) or empty($title-stmt)) then ()
        else if (exists($last)) then update insert $accounts following $last
        else update insert $accounts into $title-stmt
};

(:
 : Log entries (newest first) go first in the log: in revisionDesc itself when it holds change elements
 : (or is missing, and is made), else in chunks in its first listChange. A single entry joins the newest
 : chunk while it has room; several entries (a whole text's log, carried over) are chunked afresh, as
 : the log then has no chunks.
 :)
declare function local:insert-entries($tei as element(), $entries as element()*) as empty-sequence() {
    let $desc := $tei/tei:teiHeader/tei:revisionDesc
    let $container := $desc/tei:listChange[1]
    let $newest := local:first-chunk($container/tei:listChange[1])
    return
        if (empty($entries) or empty($tei/tei:teiHeader)) then ()
        else if (empty($desc)) then
            update insert <revisionDesc xmlns="http://www.tei-c.org/ns/1.0">{ $entries }</revisionDesc> into $tei/tei:teiHeader
        else if (empty($container)) then local:insert-first($desc, $entries)
        else if (count($entries) eq 1 and exists($newest) and count($newest/tei:change) lt local:chunk-size()) then
            update insert $entries preceding $newest/*[1]
        else if (count($entries) eq 1 and exists($newest)) then
            local:insert-first($container,
                <listChange xmlns="http://www.tei-c.org/ns/1.0"
                            xml:id="changes-{xs:integer(substring-after($newest/@xml:id, 'changes-')) + 1}">{ $entries }</listChange>)
        else local:insert-first($container, local:chunks($entries))
};

(:
 : The first of the log's chunks from $candidate on among its sibling listChanges: the newest, as chunks go
 : first. Walked sibling by sibling, not found by a predicate on @xml:id: eXist-db answers such a predicate
 : from its structural index by reading every xml:id of the draft, one per log entry included, which took
 : a sixth of its CPU under the edit load (docs/PERFORMANCE.md, session 17). The walk reads one element.
 :)
declare function local:first-chunk($candidate as element()?) as element()? {
    if (empty($candidate) or starts-with(string($candidate/@xml:id), 'changes-')) then $candidate
    else local:first-chunk($candidate/following-sibling::tei:listChange[1])
};

declare function local:insert-first($parent as element(), $children as element()*) as empty-sequence() {
    if (exists($parent/*)) then update insert $children preceding $parent/*[1]
    else update insert $children into $parent
};

declare function local:declare-user($tei as element(), $user as xs:string, $name as xs:string) as empty-sequence() {
    let $id := local:user-id($user)
    return
        if (exists(id($id, $tei))) then ()
        else local:insert-accounts($tei,
            <respStmt xmlns="http://www.tei-c.org/ns/1.0" xml:id="{$id}"><resp>edits and reviews in Editio</resp><name>{ $name }</name></respStmt>)
};

declare function local:log-change($tei as element(), $rev as xs:integer, $when as xs:string, $user as xs:string,
                                  $target as xs:string, $summary as xs:string) as empty-sequence() {
    local:insert-entries($tei,
        <change xmlns="http://www.tei-c.org/ns/1.0" xml:id="rev-{$rev}" n="{$rev}" when="{$when}"
                who="#{local:user-id($user)}" status="pending">{
            if ($target ne '') then attribute target { '#' || $target } else (),
            $summary
        }</change>)
};

declare function local:log-review($tei as element(), $rev as xs:integer, $status as xs:string,
                                  $reviewer as xs:string) as empty-sequence() {
    for $entry in id('rev-' || $rev, $tei)[self::tei:change]
    return (
        update value $entry/@status with $status,
        update insert attribute resp { '#' || local:user-id($reviewer) } into $entry
    )
};

(:
 : A whole text stored over the draft keeps the draft's log: the log is the platform's record, which a
 : client's copy of the text may lack or have changed. $old is the text replaced.
 :)
declare function local:carry-log($tei as element(), $old as element()) as empty-sequence() {
    (
        (: Chunks go whole; entries outside chunks one by one. :)
        for $stale in $tei/tei:teiHeader/tei:revisionDesc//(tei:listChange[starts-with(@xml:id, 'changes-')]
                          | tei:change[starts-with(@xml:id, 'rev-')][empty(ancestor::tei:listChange[starts-with(@xml:id, 'changes-')])])
        return update delete $stale,
        local:insert-accounts($tei,
            for $account in $old/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:respStmt[starts-with(@xml:id, 'user-')]
            where empty($tei//*[@xml:id eq $account/@xml:id])
            return $account),
        local:insert-entries($tei, $old/tei:teiHeader/tei:revisionDesc//tei:change[starts-with(@xml:id, 'rev-')])
    )
};

(: Marks a pending change as reviewed, in the log and in the TEI; false if it is not pending. :)
declare function local:review($changes as element(), $tei as element(), $rev as xs:integer, $status as xs:string,
                              $reviewer as xs:string, $reviewer-name as xs:string, $comment as xs:string,
                              $when as xs:string, $at as xs:integer) as empty-sequence() {
    let $change := local:change-record($changes, $rev)
    return (
        update insert (attribute reviewer { $reviewer }, attribute reviewed { $when },
                       attribute reviewed-rev { $at }) into $change,
        update value $change/@status with $status,
        update insert <ed:comment>{ $comment }</ed:comment> into $change,
        local:declare-user($tei, $reviewer, $reviewer-name),
        local:log-review($tei, $rev, $status, $reviewer)
    )
};
