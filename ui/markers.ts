/** Where the frame page (site/pages/arbetsgivare/avsiktsforklaring/mall.astro) takes its content and title. */
export const contentMarker = '<!--sidans-innehall-->';
export const titleMarker = 'Sidmall';

/**
 * Where a kommun's supplier list (site/pages/[...lang]/leverantorer/kommun/[kod].astro) has its
 * parts, for the functions that filter it and compare from it without JavaScript: each card
 * follows a card marker and the last is followed by the end marker; the page's own part (heading,
 * form, list) lies between the part markers.
 */
export const cardMarker = '<!--kort-->';
export const cardsEndMarker = '<!--/kort-->';
export const partStartMarker = '<!--val-->';
export const partEndMarker = '<!--/val-->';
