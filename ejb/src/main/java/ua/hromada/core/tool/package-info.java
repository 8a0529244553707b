/**
 * The tool seam: the manifest a tool declares and the registry that finds them. Core reads tools
 * only through here; nothing in this package may depend on a tool's package.
 */
package ua.hromada.core.tool;
