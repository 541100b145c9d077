/**
 * The task inbox: the work waiting for a person, whether assigned to them or offered to one of
 * their roles, with claiming (take it on), unclaiming (hand it back) and completing. Each process
 * decides who a task is for; this feature only shows and hands out what the caller may see.
 */
package uk.secgov.inbox;
