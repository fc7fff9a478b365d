xquery version "3.1";
(:
 : Lists the metadata of every edition, in id order. A fragment write moves only meta.xml's @draft-rev
 : (each update of meta.xml costs eXist-db about 0.4 ms, in every write): when the draft's revision has
 : a change record, that record says when and by whom it was last modified, else meta.xml does (an
 : edition just created, or a review, which has no record of its own).
 :
 : The record is found by its xml:id alone, not by local:change-record: that falls back to a scan of
 : every record's @rev, which would run for each review's revision. Each edition is read under its shared
 : lock and copied there, as the history's queries are (detached.xqm): writers append to changes.xml.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;

(: change-records.xqm needs detached.xqm. :)
(:include detached.xqm:)

(:include change-records.xqm:)

declare function local:listed($meta as element()) as element() {
    let $changes := util:collection-name($meta) || '/changes.xml'
    let $last := if (doc-available($changes)) then
                     id(local:change-record-id(xs:integer($meta/@draft-rev)), doc($changes))[parent::ed:changes][1]
                 else ()
    return
        <ed:edition>{
            $meta/@*[not(local-name() = ('modified', 'modified-by'))],
            attribute modified { if (exists($last)) then $last/@when else $meta/@modified },
            attribute modified-by { if (exists($last)) then $last/@user else $meta/@modified-by },
            local:detached($meta/node())
        }</ed:edition>
};

<ed:editions>{
    for $meta in collection($root || '/editions')/ed:edition
    order by $meta/@id
    return util:shared-lock(root($meta), local:listed($meta))
}</ed:editions>
