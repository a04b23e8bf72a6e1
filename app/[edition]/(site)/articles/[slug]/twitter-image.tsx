export { default, alt, size, contentType, generateStaticParams } from './opengraph-image';
