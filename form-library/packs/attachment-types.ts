/** What the ready-made forms accept as attachments: documents and photos the authorities can open. */
export const DOCUMENTS_AND_IMAGES = ['application/pdf', 'image/jpeg', 'image/png'];
