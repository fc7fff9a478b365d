xquery version "3.1";
(:
 : A barrier after a write: eXist-db's REST servlet may answer before the writing transaction has
 : released its locks. Taking the same exclusive lock here returns only after that write is done.
 :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;
declare variable $edition external;

let $meta-doc := doc($root || '/editions/' || $edition || '/meta.xml')
return
    if (empty($meta-doc/ed:edition)) then
        <ed:outcome status="missing"/>
    else
        util:exclusive-lock($meta-doc, <ed:outcome status="synced" rev="{$meta-doc/ed:edition/@draft-rev}"/>)
