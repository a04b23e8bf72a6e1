export { default, metadata } from '@/app/(site)/membership/page';
