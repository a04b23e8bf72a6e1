export { default, metadata } from '@/app/[edition]/(site)/about/page';
