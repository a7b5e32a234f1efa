/**
 * Internal JSON plumbing shared by the exports and the command line; not exported by the module.
 */
package org.ibidem.json;
