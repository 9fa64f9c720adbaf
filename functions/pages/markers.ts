/** Where the frame page (site/pages/arbetsgivare/avsiktsforklaring/mall.astro) takes its content and title. */
export const contentMarker = '<!--sidans-innehall-->';
export const titleMarker = 'Sidmall';
