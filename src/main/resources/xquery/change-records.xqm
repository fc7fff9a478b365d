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

(:
 : A record keeps what it replaced (ed:before) and with what (ed:after) as serialized XML, marked
 : @serialized: one text node each costs eXist-db no node ids, no structural or full-text indexing (the
 : TEI inside a record matched the editions' Lucene configuration), and leaves the TEI's own xml:ids out of
 : the records' index. Records made before hold the elements themselves; both forms are read.
 :)
declare function local:record-part($name as xs:string, $xml as xs:string) as element() {
    element { QName('http://editio.org/ns/1.0', 'ed:' || $name) } { attribute serialized { 'true' }, $xml }
};

(:
 : A record's parts (summary, before, after, comments) as in-memory copies, each serialized part parsed
 : back. Copied together, as one parse: a history reads every record's summary.
 :)
declare function local:readable($parts as element()*) as element()* {
    for $part in local:detached($parts)
    return
        if ($part/@serialized eq 'true') then
            element { node-name($part) } { parse-xml(string($part))/node() }
        else $part
};
