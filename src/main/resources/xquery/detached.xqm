(:
 : Stored nodes as an in-memory copy, for a query's result. eXist-db's REST server serializes a result
 : after the query has ended and released its locks, and a stored node in it is read from the database
 : only then: a write running meanwhile can move the pages under it (under load this failed as
 : "Negative size for DLN", and could as well have returned a mix of two versions). Serialized inside
 : the lock and parsed back, the result no longer refers to the database.
 :)
declare function local:detached($nodes as node()*) as node()* {
    if (empty($nodes)) then ()
    else parse-xml('<detached>' || string-join($nodes ! serialize(.)) || '</detached>')/*/node()
};
