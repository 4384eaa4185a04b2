/**
 * The EDI Contacts' side of Signpost: curated answers, written by the contacts for questions the documents do not
 * answer, kept in the database and searched beside the documents from the moment they are saved.
 */
package signpost.bot.edi;
