xquery version "3.1";
(: Creates Editio's collections if they are missing; safe to run on every start. :)
declare variable $root external;

(
    xmldb:create-collection($root, 'editions')[0],
    <ok/>
)
