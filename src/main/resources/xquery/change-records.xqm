(:
 : The records of changes in {edition}/changes.xml. Each record carries an xml:id, which eXist-db
 : indexes, so that one record is found without reading the others: a scan by @rev grew with the
 : history and made replaying or reviewing a long history quadratic. Records stored before they had
 : ids are still found by their @rev.
 :)
declare function local:change-record-id($rev as xs:integer) as xs:string {
    'ed-change-' || $rev
};

declare function local:change-record($changes as element(), $rev as xs:integer) as element()? {
    (: The records' before and after hold TEI, whose ids may be anything: only a record itself counts. :)
    let $by-id := id(local:change-record-id($rev), $changes)[parent::ed:changes]
    return
        if (exists($by-id)) then $by-id[1]
        else $changes/ed:change[@rev eq string($rev)]
};
