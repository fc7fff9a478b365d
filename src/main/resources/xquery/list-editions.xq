xquery version "3.1";
(: Lists the metadata of every edition, in id order. :)
declare namespace ed = "http://editio.org/ns/1.0";

declare variable $root external;

<ed:editions>{
    for $meta in collection($root || '/editions')/ed:edition
    order by $meta/@id
    return $meta
}</ed:editions>
