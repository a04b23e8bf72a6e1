export { default, metadata } from '@/app/(site)/about/page';
