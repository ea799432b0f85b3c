/* Material 9.8.1's inline script of partials/javascripts/content.html, unchanged: open the
 * content tab that the address's #fragment names. */
var __md_target = document.getElementById(location.hash.slice(1));
__md_target && __md_target.name && (__md_target.checked = __md_target.name.startsWith("__tabbed_"));
