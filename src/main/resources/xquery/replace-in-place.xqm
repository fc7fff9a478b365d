(:
 : Replaces a stored document's content in place: its root's attributes and children. Storing a
 : new document instead would need the collection's write lock while the edition's lock is held,
 : and a reader that holds the collection's read lock while it waits for the edition's lock would
 : then deadlock with the writer.
 :)
declare function local:replace-in-place($root as element(), $new as element()) as empty-sequence() {
    (
        update delete $root/@*,
        for $attribute in $new/@* return update insert $attribute into $root,
        update delete $root/node(),
        update insert $new/node() into $root
    )
};
