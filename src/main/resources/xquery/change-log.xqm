(:
 : The edition's own record of its changes, kept in the TEI header by the same locked queries that
 : change the text: each account is declared once in titleStmt (so that @who and @resp resolve), and
 : each change is a revisionDesc/change with its review status, newest first, before the entries
 : that came with the text. xslt/edit/revision-at.xsl rebuilds the same entries for past revisions.
 :)
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

(: Log entries go first in the log (revisionDesc, or its first listChange), which is made if missing. :)
declare function local:insert-entries($tei as element(), $entries as element()*) as empty-sequence() {
    let $desc := $tei/tei:teiHeader/tei:revisionDesc
    let $container := ($desc/tei:listChange[1], $desc)[1]
    return
        if (empty($entries) or empty($tei/tei:teiHeader)) then ()
        else if (empty($container)) then
            update insert <revisionDesc xmlns="http://www.tei-c.org/ns/1.0">{ $entries }</revisionDesc> into $tei/tei:teiHeader
        else if (exists($container/*)) then
            update insert $entries preceding $container/*[1]
        else
            update insert $entries into $container
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
        for $stale in $tei/tei:teiHeader/tei:revisionDesc//tei:change[starts-with(@xml:id, 'rev-')]
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
    let $change := $changes/ed:change[@rev eq string($rev)]
    return (
        update insert (attribute reviewer { $reviewer }, attribute reviewed { $when },
                       attribute reviewed-rev { $at }) into $change,
        update value $change/@status with $status,
        update insert <ed:comment>{ $comment }</ed:comment> into $change,
        local:declare-user($tei, $reviewer, $reviewer-name),
        local:log-review($tei, $rev, $status, $reviewer)
    )
};
