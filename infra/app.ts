import { createPortalApp } from './portal-app.ts';

createPortalApp();
