// Stylesheets are bundled by Vite; importing one yields nothing the code reads.
declare module "*.css";
