xquery version "3.1";
(:
 : Lists the metadata of every edition, in id order. A fragment write moves only meta.xml's @draft-rev
 : (each update of meta.xml costs eXist-db about 0.4 ms, in every write): when the draft's revision has
 : a change record, that record says when and by whom it was last modified, else meta.xml does.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;

(:include detached.xqm:)

(:include change-records.xqm:)

<ed:editions>{
    for $meta in collection($root || '/editions')/ed:edition
    let $changes := util:collection-name($meta) || '/changes.xml'
    let $last := if (doc-available($changes)) then
                     id(local:change-record-id(xs:integer($meta/@draft-rev)), doc($changes))[parent::ed:changes]
                 else ()
    order by $meta/@id
    return
        if (empty($last)) then $meta
        else
            <ed:edition>{
                $meta/@*[not(local-name() = ('modified', 'modified-by'))],
                attribute modified { $last/@when },
                attribute modified-by { $last/@user },
                $meta/node()
            }</ed:edition>
}</ed:editions>
