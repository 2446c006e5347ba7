/**
 * The Faces shell of the portal: the language the visitor reads it in, and the filter that switches
 * that language from a plain link on any page. Templates, navigation and error pages live under
 * {@code webapp/WEB-INF}; the texts live in the {@code messages} bundles beside this package.
 */
package kz.kepil.platform.web;
