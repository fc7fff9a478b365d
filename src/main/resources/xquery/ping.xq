xquery version "3.1";
(: Readiness: proves eXist-db answers queries and Editio's account can read its root. :)
declare variable $root external;

<ok available="{xmldb:collection-available($root)}"/>
